% A definition printed with its shape (docs/LANGUAGE.md, "Definitions and wrappers"): the
% shape is checked like a declaration, and the error shows where it was written.
Q \in \mathbb{R}^{n \times d}, K \in \mathbb{R}^{m \times d}, V \in \mathbb{R}^{m \times v}
A = \mathrm{softmax}(QK^\top/\sqrt{d})V \in \mathbb{R}^{n \times m}
% ~ERROR E0304
