# open(..., "wb", buffering=1) warns (RuntimeWarning, on stderr) that binary mode has no line
# buffering, then buffers as usual.
f = open("/tmp/py2cpp_open_line_buffering.bin", "wb", buffering=1)
print(f.write(b"x\n"), f.raw.tell(), f)
f.close()
