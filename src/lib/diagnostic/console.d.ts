// The engine compiles without the DOM lib; it may only warn on the console, which every runtime has.
declare const console: { warn(...data: unknown[]): void };
