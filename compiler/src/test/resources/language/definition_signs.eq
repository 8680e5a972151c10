% Definition signs of textbooks (d2l.ai, Goodfellow et al., Sutton & Barto): each defines, none updates
x \in \mathbb{R}^{3}
a \stackrel{\textrm{def}}{=} 2 x
b \overset{\text{def}}{=} 2 x
c \coloneqq 2 x
d := 2 x
e \triangleq 2 x
f \equiv 2 x
g \doteq 2 x
h \stackrel{\mathrm{def}}{=} 2 x
