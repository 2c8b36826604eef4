print("first starts")
done = False
import second as second_module
try:
    seen_early = second_module.late_value
except AttributeError as e:
    seen_early = "AttributeError: " + str(e)
done = True
print("first ends")
