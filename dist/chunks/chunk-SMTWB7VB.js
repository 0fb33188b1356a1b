import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/cli/io.ts
var EXIT_PASSED = 0;
var EXIT_NOT_PASSED = 1;
var EXIT_USAGE = 2;
var processIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text)
};

export {
  EXIT_PASSED,
  EXIT_NOT_PASSED,
  EXIT_USAGE,
  processIo
};
