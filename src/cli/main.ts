/**
 * The `pygc` command line. Until the interpreter lands it offers the engine demo; the
 * interpreter and CLI issues replace this with `pygc run|test|repl`.
 */
console.log("pygc: the interpreter is not built yet");
