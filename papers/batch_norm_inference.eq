% Batch norm for inference, Ioffe & Szegedy (2015), Algorithm 2, lines 10-11: population statistics
% from the K training mini-batches (each of size m), then the affine transform of one activation x.
% \mu_{\mathcal{B}}, \sigma_{\mathcal{B}}^2 hold one value per mini-batch; E_B is the mean over them.
\mu_{\mathcal{B}}, \sigma_{\mathcal{B}}^2 \in \mathbb{R}^{K}, x, \gamma, \beta \in \mathbb{R}, m \in \mathbb{N}, \epsilon = 10^{-5}

\mathrm{E}[x] \leftarrow \mathrm{E}_{\mathcal{B}}[\mu_{\mathcal{B}}]
\mathrm{Var}[x] \leftarrow \frac{m}{m-1} \mathrm{E}_{\mathcal{B}}[\sigma_{\mathcal{B}}^2]
y = \frac{\gamma}{\sqrt{\mathrm{Var}[x] + \epsilon}} \cdot x + \left(\beta - \frac{\gamma \, \mathrm{E}[x]}{\sqrt{\mathrm{Var}[x] + \epsilon}}\right)
