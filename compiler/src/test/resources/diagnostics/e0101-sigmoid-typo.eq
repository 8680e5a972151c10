% A GLU gate (Dauphin et al., 2017) with `sigmoid` misspelt.
x \in \mathbb{R}^{n \times d}, W, V \in \mathbb{R}^{d \times h}, b, c \in \mathbb{R}^{h}
\mathrm{GLU}(x) = (x W + b) \odot \operatorname{sigmod}(x V + c)
% ~ERROR E0101
