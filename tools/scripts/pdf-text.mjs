// Prints the text of a PDF read from stdin (pdf-parse, i.e. Mozilla's PDF.js). The
// tests call it as a child process: PDF.js loads its worker with a dynamic import,
// which Jest's CommonJS sandbox cannot run.
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
const { text } = await parser.getText();
await parser.destroy();
process.stdout.write(text);
