% Lilian Weng, "From Autoencoder to Beta-VAE" (2018), VQ-VAE's EMA codebook update as printed (three definitions on
% one line): n_i^{(t)} the number of encoder outputs assigned to code i, z_{i,j}^{(t)} those outputs (K codes, d
% dimensions, at most M outputs each, rows past n_i zero)
N^{(t-1)}, n^{(t)} \in \mathbb{R}^{K}, \mathbf{m}^{(t-1)} \in \mathbb{R}^{K \times d}, \mathbf{z}^{(t)} \in \mathbb{R}^{K \times M \times d}, \gamma \in \mathbb{R}

N_i^{(t)} = \gamma N_i^{(t-1)} + (1-\gamma)n_i^{(t)}\;\;\; \mathbf{m}_i^{(t)} = \gamma \mathbf{m}_i^{(t-1)} + (1-\gamma)\sum_{j=1}^{n_i^{(t)}}\mathbf{z}_{i,j}^{(t)}\;\;\; \mathbf{e}_i^{(t)} = \mathbf{m}_i^{(t)} / N_i^{(t)}
