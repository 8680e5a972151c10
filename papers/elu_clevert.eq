% Fast and Accurate Deep Network Learning by Exponential Linear Units, Clevert et al. (2016):
% an ELU layer (α = 1)
\mathbf{x} \in \mathbb{R}^{d}, W \in \mathbb{R}^{h \times d}, \mathbf{b} \in \mathbb{R}^{h}

\mathbf{h} = \mathrm{ELU}(W\mathbf{x} + \mathbf{b})
