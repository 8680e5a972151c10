% Prince, Understanding Deep Learning (2023), Sec. 13.4 (GCN layer with self-connections), nodes as columns:
% H_k the D x N node embeddings, A the N x N adjacency, beta_k in R^D, Omega_k in R^{D x D}; a[.] the ReLU,
% defined in Sec. 3.1.1 as printed
\mathbf{H}_k \in \mathbb{R}^{D \times N}, \mathbf{A} \in \mathbb{R}^{N \times N}, \boldsymbol\beta_k \in \mathbb{R}^{D}, \boldsymbol\Omega_k \in \mathbb{R}^{D \times D}

\mbox{a}[z] = \begin{cases} 0 & \quad z < 0 \\ z & \quad z \geq 0 \end{cases}
\mathbf{H}_{k+1} = \mbox{a}\left[\boldsymbol\beta_k\mathbf{1}^{T} + \boldsymbol\Omega_k\mathbf{H}_k(\mathbf{A}+\mathbf{I})\right]
