% Stanford CS330 slides on prototypical networks (Snell et al.'s Eq. 2 as the slides print it), from memory:
% p(y = k | x) the softmax over negative squared distances from the embedding f_phi(x) to the N prototypes c_k
f_\phi(\mathbf{x}) \in \mathbb{R}^{D}, \mathbf{c} \in \mathbb{R}^{N \times D}

d(\mathbf{z}, \mathbf{z}') = \|\mathbf{z} - \mathbf{z}'\|^2
p_\phi(y = k | \mathbf{x}) = \frac{\exp(-d(f_\phi(\mathbf{x}), \mathbf{c}_k))}{\sum_{k'} \exp(-d(f_\phi(\mathbf{x}), \mathbf{c}_{k'}))}
