% StyleGAN, Karras et al. (2019), Sec. 5.3 "truncation trick in W": the centre of mass of W estimated from N
% mapped latents f(z) (one row each) and a truncated w' for a given w
f(\mathbf{z}) \in \mathbb{R}^{N \times D}, \mathbf{w} \in \mathbb{R}^{D}, \psi \in \mathbb{R}

\bar{\mathbf{w}} = \mathbb{E}_{\mathbf{z} \sim P(\mathbf{z})}[f(\mathbf{z})]
\mathbf{w}' = \bar{\mathbf{w}} + \psi(\mathbf{w} - \bar{\mathbf{w}})
