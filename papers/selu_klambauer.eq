% Self-Normalizing Neural Networks, Klambauer et al. (2017), §2: a SELU layer
\mathbf{x} \in \mathbb{R}^{d}, W \in \mathbb{R}^{h \times d}, \mathbf{b} \in \mathbb{R}^{h}

\mathbf{h} = \mathrm{selu}(W\mathbf{x} + \mathbf{b})
