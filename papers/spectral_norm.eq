% Spectral normalization, Miyato et al. (2018), Algorithm 1: one power-iteration step for layer l and
% the normalized weight, with \sigma(W^l) the estimated largest singular value
W^l \in \mathbb{R}^{d_o \times d_i}, \tilde{\boldsymbol{u}}_l \in \mathbb{R}^{d_o}

\tilde{\boldsymbol{v}}_l \leftarrow (W^l)^{\mathrm{T}}\tilde{\boldsymbol{u}}_l / \|(W^l)^{\mathrm{T}}\tilde{\boldsymbol{u}}_l\|_2
\tilde{\boldsymbol{u}}_l \leftarrow W^l\tilde{\boldsymbol{v}}_l / \|W^l\tilde{\boldsymbol{v}}_l\|_2
\bar{W}^l_{\mathrm{SN}}(W^l) = W^l / \sigma(W^l), \text{ where } \sigma(W^l) = \tilde{\boldsymbol{u}}_l^{\mathrm{T}} W^l \tilde{\boldsymbol{v}}_l
