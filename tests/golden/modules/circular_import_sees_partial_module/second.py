print("second starts")
done = False
import first
print("second sees first.done =", first.done)
try:
    from first import not_yet_defined
except ImportError as e:
    # The message ends with the path of first.py, which depends on the checkout.
    error_text = "ImportError: " + str(e).rsplit(" (", 1)[0]
late_value = 1
done = True
print("second ends")
