% Searching for Activation Functions, Ramachandran et al. (2017), §4: a layer with the Swish
% activation (β = 1, the SiLU of Elfwing et al. 2018), written with the built-in names
\mathbf{x} \in \mathbb{R}^{d}, W \in \mathbb{R}^{h \times d}, \mathbf{b} \in \mathbb{R}^{h}

\mathbf{h} = \mathrm{Swish}(W\mathbf{x} + \mathbf{b})
\mathbf{g} = \mathrm{SiLU}(\mathbf{x})
