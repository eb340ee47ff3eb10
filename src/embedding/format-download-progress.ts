/** One progress report of a model file download (what transformers.js reports, simplified). */
export interface DownloadProgress {
  /** Hub id of the model. */
  model: string;
  /** File inside the model repository, e.g. `onnx/model_quantized.onnx`. */
  file: string;
  /** Bytes received so far. */
  loaded: number;
  /** Size of the file in bytes; 0 or NaN when the server did not say. */
  total: number;
}

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return mb < 10 ? mb.toFixed(1) : String(Math.round(mb));
}

/**
 * The operator-facing line for a download in progress, e.g.
 * `Downloading model Xenova/multilingual-e5-small: onnx/model_quantized.onnx 45% (52/118 MB)`.
 * Sizes under 10 MB get one decimal; without a known total only the received size is shown.
 */
export function formatDownloadProgress(p: DownloadProgress): string {
  const head = `Downloading model ${p.model}: ${p.file}`;
  if (!(p.total > 0)) return `${head} (${megabytes(p.loaded)} MB)`;
  const percent = Math.min(100, Math.floor((p.loaded / p.total) * 100));
  return `${head} ${percent}% (${megabytes(p.loaded)}/${megabytes(p.total)} MB)`;
}
