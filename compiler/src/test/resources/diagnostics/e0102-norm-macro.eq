% A paper's own \norm macro, which is not LaTeX: write \|x\|.
x \in \mathbb{R}^{d}
\hat{x} = \frac{x}{\norm{x}}
% ~ERROR E0102
