% softmax along "seq", a word that is no dimension of the file: eqc uses the last axis.
x \in \mathbb{R}^{n \times d}
y = \underset{seq}{\mathrm{softmax}}(x)
% ~WARNING W0102
