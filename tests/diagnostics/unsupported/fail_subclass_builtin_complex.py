# complex has no subclass layout in pyrt yet: the class statement stops translation at its base.
class Phasor(complex):
    def angle(self):
        return self.imag


print(Phasor(1, 2).angle())
