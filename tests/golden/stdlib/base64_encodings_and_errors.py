# base64: the standard, URL-safe, base32 (and hex), base16, base85 and ascii85 codecs, round
# trips, and the errors of bad input and bad alphabets.
import base64

payload = bytes(range(0, 256, 7)) + b"py2cpp-async"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.standard_b64encode, base64.standard_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                 (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode)]:
    encoded = enc(payload)
    print(enc.__name__, encoded[:40], len(encoded), dec(encoded) == payload)

print(base64.b64encode(b"hello", altchars=b"-_"), base64.b64decode("aGVsbG8=", validate=True))
print(base64.b64decode(b"aGVs\nbG8=\n"), base64.encodebytes(b"x" * 100))
print(base64.decodebytes(b"eHh4\n"), base64.b32decode("mzxw6===", casefold=True))
print(base64.b32decode("MZXW6===", map01=None), base64.b16decode("6869", casefold=False))
print(base64.a85encode(b"abc def", foldspaces=True, wrapcol=4, pad=True, adobe=True))
print(base64.a85decode(b"<~@:E_~>", adobe=True), base64.a85decode(b"y", foldspaces=True))
print(base64.b85encode(b"\x00" * 5, pad=True))

for call, arg in [(base64.b64decode, "abc"), (base64.b64decode, b"ab!c"), (base64.b32decode, b"ABC"),
                  (base64.b16decode, b"6g"), (base64.b85decode, b"|||||"), (base64.a85decode, b"<~abc"),
                  (base64.b64encode, "text"), (base64.b32decode, "é")]:
    try:
        print(call.__name__, call(arg))
    except Exception as e:
        print(call.__name__, type(e).__name__, e)
try:
    base64.b64decode("aGVsbG8", validate=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    base64.b64encode(b"x", altchars=b"-")
except Exception as e:
    print(type(e).__name__, e)
