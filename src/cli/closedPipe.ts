/**
 * `segments lines BOOK SEG | head` closes the pipe before the output is written: the write then fails with EPIPE,
 * which Node reports as an unhandled 'error' event with a stack trace. Unix tools stop quietly instead; so do we.
 * The book is saved before any output is written, so nothing is left half-done. Other write errors still surface.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    // Nothing more can reach the reader; end now with the exit code the command has so far.
    process.exit(process.exitCode ?? 0);
  });
}
