# eval, exec and compile run source text the program makes while it runs; a translated program
# has no interpreter for it, so each read of them stops translation.
x = eval("1 + 1")
exec("print(x)")
code = compile("x", "<string>", "eval")
