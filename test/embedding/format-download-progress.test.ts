import { describe, expect, it } from 'vitest';
import { formatDownloadProgress } from '../../src/embedding/format-download-progress.js';

const MB = 1024 * 1024;

describe('formatDownloadProgress', () => {
  it('shows model, file, whole percent and megabytes', () => {
    expect(formatDownloadProgress({ model: 'Xenova/multilingual-e5-small', file: 'onnx/model_quantized.onnx', loaded: 52.4 * MB, total: 118 * MB })).toBe(
      'Downloading model Xenova/multilingual-e5-small: onnx/model_quantized.onnx 44% (52/118 MB)',
    );
  });

  it('uses one decimal for small files', () => {
    expect(formatDownloadProgress({ model: 'm', file: 'tokenizer.json', loaded: 0.5 * MB, total: 2.25 * MB })).toBe(
      'Downloading model m: tokenizer.json 22% (0.5/2.3 MB)',
    );
  });

  it('shows only the received size when the total is unknown', () => {
    expect(formatDownloadProgress({ model: 'm', file: 'f', loaded: 30 * MB, total: 0 })).toBe('Downloading model m: f (30 MB)');
    expect(formatDownloadProgress({ model: 'm', file: 'f', loaded: 30 * MB, total: Number.NaN })).toBe('Downloading model m: f (30 MB)');
  });

  it('never shows more than 100 percent', () => {
    expect(formatDownloadProgress({ model: 'm', file: 'f', loaded: 12 * MB, total: 11 * MB })).toBe('Downloading model m: f 100% (12/11 MB)');
  });
});
