% Glow, Kingma & Dhariwal (2018), Table 1: the affine coupling layer on a D-vector split in halves; NN() is a
% linear stand-in returning log s and t (helper)
\mathbf{x} \in \mathbb{R}^{D}, W_s, W_t \in \mathbb{R}^{\frac{D}{2} \times \frac{D}{2}}

\mathbf{x}_a, \mathbf{x}_b = \mathrm{split}(\mathbf{x})
\log \mathbf{s} = \tanh(W_s \mathbf{x}_b)
\mathbf{t} = W_t \mathbf{x}_b
\mathbf{s} = \exp(\log \mathbf{s})
\mathbf{y}_a = \mathbf{s} \odot \mathbf{x}_a + \mathbf{t}
\mathbf{y}_b = \mathbf{x}_b
\mathbf{y} = \mathrm{concat}(\mathbf{y}_a, \mathbf{y}_b)
