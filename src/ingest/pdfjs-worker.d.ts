/** The pdf.js worker module, imported on the main thread so no worker file has to be located. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
