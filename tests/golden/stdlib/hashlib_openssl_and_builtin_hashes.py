# _hashlib (OpenSSL's digests) and the builtin hash modules _md5, _sha1, _sha256 and _sha512:
# digests, incremental updates, copies, names and sizes, pbkdf2_hmac, compare_digest and the
# errors CPython gives for each.
import _hashlib
import _md5
import _sha1
import _sha256
import _sha512


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        # An unknown digest is a ValueError, an UnsupportedDigestmodError since 3.11.3.
        kind = "ValueError" if isinstance(e, ValueError) else type(e).__name__
        print(kind, e)


for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224", "sha512_256", "sha3_224",
             "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s", "SHA256", "MD5", "sha-256"):
    h = _hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, h.hexdigest())
for name in ("shake_128", "shake_256"):
    x = _hashlib.new(name, b"abc")
    print(name, x.name, x.digest_size, x.block_size, type(x).__name__, x.hexdigest(20), x.digest(4))
    print(x.copy().hexdigest(3), x.digest(length=2))

h = _hashlib.openssl_sha256()
for chunk in (b"hello", bytearray(b" "), memoryview(b"world")):
    h.update(chunk)
c = h.copy()
c.update(b"!")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4])
print(_hashlib.new("sha256", string=b"x").hexdigest() == _hashlib.openssl_sha256(b"x").hexdigest())
print(_hashlib.openssl_md5(usedforsecurity=False).hexdigest(), _hashlib.new("sha1", b"", usedforsecurity=False).name)
print(repr(h).startswith("<sha256 _hashlib.HASH object @ 0x"), repr(x).startswith("<shake_256 _hashlib.HASHXOF"))
print(type(x).__mro__, _hashlib.HASH.__module__)
print(sorted(f.__name__ for f in _hashlib._constructors), sorted(_hashlib._constructors.values()))
print({"md5", "sha256", "sha3_512", "shake_128", "blake2b"} <= _hashlib.openssl_md_meth_names,
      type(_hashlib.openssl_md_meth_names).__name__, _hashlib.get_fips_mode())
print(_hashlib.UnsupportedDigestmodError.__mro__)

print(_hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(_hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 10).hex())
print(_hashlib.pbkdf2_hmac(hash_name="sha512", password=bytearray(b"p"), salt=b"s", iterations=3, dklen=None).hex())
print(_hashlib.compare_digest(b"abc", b"abc"), _hashlib.compare_digest("abc", "abd"),
      _hashlib.compare_digest(bytearray(b"a"), b"a"))

for module, names in ((_md5, ["md5"]), (_sha1, ["sha1"]), (_sha256, ["sha224", "sha256"]),
                      (_sha512, ["sha384", "sha512"])):
    for name in names:
        h = getattr(module, name)(b"abc")
        h.update(b"def")
        print(module.__name__, h.name, h.digest_size, h.block_size, type(h), h.hexdigest(), h.copy().digest()[:3])
        print(getattr(module, name)(string=b"abcdef").hexdigest() == h.hexdigest())
print(_sha512.SHA384Type, _sha256.SHA224Type, _sha256.SHA256Type, _md5.MD5Type, _sha1.SHA1Type)
print(repr(_sha512.sha512()).startswith("<_sha512.sha512 object at 0x"))

show(lambda: _hashlib.new("foo"))
show(lambda: _hashlib.new(""))
show(lambda: _hashlib.new())
show(lambda: _hashlib.new(1))
show(lambda: _hashlib.new("sha256\0"))
show(lambda: _hashlib.new("sha256", "abc"))
show(lambda: _hashlib.new("sha256", 1))
show(lambda: _hashlib.new("sha256", b"x", string=b"x"))
show(lambda: _hashlib.new("sha256", data=b"x"))
show(lambda: _hashlib.openssl_sha256(b"a", b"b"))
show(lambda: _hashlib.openssl_sha256().update("x"))
show(lambda: _hashlib.openssl_sha256().update())
show(lambda: _hashlib.openssl_sha256().digest(1))
show(lambda: _hashlib.openssl_shake_128().digest())
show(lambda: _hashlib.openssl_shake_128().hexdigest())
show(lambda: _hashlib.openssl_shake_128().digest(-1))
show(lambda: type(_hashlib.openssl_sha1())())
show(lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 0))
show(lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, 0))
show(lambda: _hashlib.pbkdf2_hmac("foo", b"pw", b"salt", 1))
show(lambda: _hashlib.pbkdf2_hmac("sha256", "pw", b"salt", 1))
show(lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 2**40))
show(lambda: _hashlib.pbkdf2_hmac(1, b"", b"", 1))
show(lambda: _hashlib.pbkdf2_hmac("sha1", b"", b"", 1.5))
show(lambda: _hashlib.pbkdf2_hmac("sha1", b"", b"", 2**70))
show(lambda: _hashlib.pbkdf2_hmac("sha1", b"", b"", 1, 2**40))
show(lambda: _hashlib.pbkdf2_hmac("sha1", b"", b"", 1, "x"))
show(lambda: _hashlib.pbkdf2_hmac("sha1", b"", b""))
show(lambda: _hashlib.compare_digest("a", b"a"))
show(lambda: _hashlib.compare_digest("a", "\xe9"))
show(lambda: _hashlib.compare_digest(1, 2))
show(lambda: _hashlib.compare_digest(b"a"))
show(lambda: _hashlib.get_fips_mode(1))
show(lambda: _sha512.sha384("x"))
show(lambda: _sha512.sha384(data=b"x"))
show(lambda: _md5.md5(b"a", b"b"))
show(lambda: _md5.md5(1))
show(lambda: _sha1.sha1().update(1))
show(lambda: _sha256.sha256().digest(1))
show(lambda: type(_sha512.sha512())())
_hashlib.openssl_sha256(b"x", usedforsecurity=1, string=b"y")
