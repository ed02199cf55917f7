import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`condivisa: internal error: ${String(e)}`);
    process.exitCode = 2;
  },
);
