import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import onnxProto, { type onnx as Onnx } from 'onnx-proto';

/**
 * A tiny BERT-shaped model folder that transformers.js loads like a real one (feature
 * extraction, mean pooling), so embedder tests run offline in milliseconds. It has a real
 * WordPiece tokenizer; the "network" is an embedding lookup of token and token-type ids, a
 * Tanh, and the attention mask applied, so different tokens give different vectors and padding
 * contributes nothing.
 */

const { onnx } = onnxProto;

export interface TinyModelOptions {
  /** Width of `last_hidden_state` (config hidden_size). Default 32. */
  hiddenSize?: number;
  /** Seed of the embedding table. Default 42. */
  seed?: number;
}

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const PUNCTUATION = [':', '.', ',', '-', '?', '!', '(', ')', '/', '"', "'", ';', '%', '&', '§'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyzß'.split('');
const DIGITS = '0123456789'.split('');
const WORDS = `
query passage the and of to in is for on with that by this are be as at from or an it not was
can will has have which their more new all also about how what when who where why data
service services online digital government public city state law access portal platform
der die das und in den von zu mit sich des auf fur ist im dem nicht ein eine als auch es an
werden aus er hat dass sie nach wird bei einer um am sind noch wie einem uber einen so zum
war haben nur oder aber vor zur bis mehr durch man sein wurde sei kann soll muss diese
digitalisierung verwaltung burger burgerinnen kommune kommunen land landes bund portal
dienst dienste leistung leistungen online zugang gesetz ozg antrag antrage daten schutz
sicherheit breitband ausbau versorgung netz netze glasfaser mobilfunk schule schulen
einfuhrung eingefuhrt strategie projekt projekte ziel ziele jahr jahre million euro
behorde behorden amt amter ministerium landkreis gemeinde stadt register akte akten
elektronisch elektronische digitale digitalen verfahren prozess prozesse system systeme
plattform infrastruktur standard standards cloud rechenzentrum it planungsrat kosten
forderung programm umsetzung einfach schnell sicher offen open source software
##ung ##ungen ##en ##er ##es ##e ##n ##s ##t ##te ##ten ##lich ##keit ##heit ##schaft
##isch ##ische ##ieren ##iert ##bar ##los ##ig ##ige
`;

/** mulberry32: a tiny seeded PRNG, so the weights are the same on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The vocabulary in id order (no duplicates). */
export function tinyVocabulary(): string[] {
  const tokens = [
    ...SPECIAL,
    ...PUNCTUATION,
    ...LETTERS,
    ...DIGITS,
    ...LETTERS.map((c) => `##${c}`),
    ...DIGITS.map((c) => `##${c}`),
    ...WORDS.split(/\s+/).filter(Boolean),
  ];
  return [...new Set(tokens)];
}

function tokenizerJson(vocab: string[]): unknown {
  const ids = Object.fromEntries(vocab.map((t, i) => [t, i]));
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: { type: 'BertProcessing', sep: ['[SEP]', 3], cls: ['[CLS]', 2] },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: ids,
    },
  };
}

function floatTensor(name: string, dims: number[], data: Float32Array): Onnx.ITensorProto {
  return {
    name,
    dims,
    dataType: onnx.TensorProto.DataType.FLOAT,
    rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}

function valueInfo(name: string, elemType: number, shape: (number | string)[]): Onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

/** The ONNX graph: Tanh(W[input_ids] + T[token_type_ids]) * attention_mask. */
function modelProto(vocabSize: number, hidden: number, seed: number): Uint8Array {
  const rnd = mulberry32(seed);
  const table = (rows: number) => Float32Array.from({ length: rows * hidden }, () => rnd() * 2 - 1);
  const INT64 = onnx.TensorProto.DataType.INT64;
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const graph: Onnx.IGraphProto = {
    name: 'tiny-bert',
    initializer: [
      floatTensor('word_embeddings', [vocabSize, hidden], table(vocabSize)),
      floatTensor('token_type_embeddings', [2, hidden], table(2)),
      { name: 'unsqueeze_axes', dims: [1], dataType: INT64, int64Data: [2] },
    ],
    node: [
      { opType: 'Gather', input: ['word_embeddings', 'input_ids'], output: ['words'], name: 'gather_words' },
      { opType: 'Gather', input: ['token_type_embeddings', 'token_type_ids'], output: ['types'], name: 'gather_types' },
      { opType: 'Add', input: ['words', 'types'], output: ['summed'], name: 'add' },
      { opType: 'Tanh', input: ['summed'], output: ['activated'], name: 'tanh' },
      {
        opType: 'Cast',
        input: ['attention_mask'],
        output: ['mask_float'],
        name: 'cast_mask',
        attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }],
      },
      { opType: 'Unsqueeze', input: ['mask_float', 'unsqueeze_axes'], output: ['mask3'], name: 'unsqueeze_mask' },
      { opType: 'Mul', input: ['activated', 'mask3'], output: ['last_hidden_state'], name: 'apply_mask' },
    ],
    input: [
      valueInfo('input_ids', INT64, ['batch_size', 'sequence_length']),
      valueInfo('attention_mask', INT64, ['batch_size', 'sequence_length']),
      valueInfo('token_type_ids', INT64, ['batch_size', 'sequence_length']),
    ],
    output: [valueInfo('last_hidden_state', FLOAT, ['batch_size', 'sequence_length', hidden])],
  };
  const model: Onnx.IModelProto = {
    irVersion: 7,
    producerName: 'egov-docs-bot tiny-model',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
  };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

/**
 * Writes a transformers.js-loadable BERT-like model folder: config.json, tokenizer.json,
 * tokenizer_config.json, onnx/model.onnx and the same graph as onnx/model_quantized.onnx (what
 * a `q8` request looks for). Deterministic for a given seed; takes a few milliseconds.
 * @param dir target folder, created when missing; existing files are overwritten
 */
export async function makeTinyModel(dir: string, options: TinyModelOptions = {}): Promise<void> {
  const hidden = options.hiddenSize ?? 32;
  const vocab = tinyVocabulary();
  const config = {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: hidden,
    vocab_size: vocab.length,
    num_hidden_layers: 1,
    num_attention_heads: 1,
    intermediate_size: hidden,
    max_position_embeddings: 512,
    type_vocab_size: 2,
    pad_token_id: 0,
  };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: 512,
    clean_up_tokenization_spaces: true,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  };
  const onnxBytes = modelProto(vocab.length, hidden, options.seed ?? 42);
  await mkdir(path.join(dir, 'onnx'), { recursive: true });
  await Promise.all([
    writeFile(path.join(dir, 'config.json'), JSON.stringify(config, null, 2)),
    writeFile(path.join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab))),
    writeFile(path.join(dir, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig, null, 2)),
    writeFile(path.join(dir, 'onnx', 'model.onnx'), onnxBytes),
    writeFile(path.join(dir, 'onnx', 'model_quantized.onnx'), onnxBytes),
  ]);
}
