% Lilian Weng, "From Autoencoder to Beta-VAE" (2018), VQ-VAE's loss as printed: E(x) the encoder output, e_k the
% nearest codebook vector, D(e_k) the decoder's reconstruction, all vectors of the sizes below
\mathbf{x}, D(\mathbf{e}_k) \in \mathbb{R}^{n}, E(\mathbf{x}), \mathbf{e}_k \in \mathbb{R}^{d}, \beta \in \mathbb{R}

L = \underbrace{\|\mathbf{x} - D(\mathbf{e}_k)\|_2^2}_{\textrm{reconstruction loss}} + \underbrace{\|\text{sg}[E(\mathbf{x})] - \mathbf{e}_k\|_2^2}_{\textrm{VQ loss}} + \underbrace{\beta \|E(\mathbf{x}) - \text{sg}[\mathbf{e}_k]\|_2^2}_{\textrm{commitment loss}}
