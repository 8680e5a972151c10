% Averaging Weights Leads to Wider Optima and Better Generalization (SWA), Izmailov et al. (2018),
% Algorithm 1: the running average of the weights at the end of a cycle
w_{\text{SWA}}, w \in \mathbb{R}^{d}, n_{\text{models}} \in \mathbb{Z}

w_{\text{SWA}} \leftarrow \frac{w_{\text{SWA}} \cdot n_{\text{models}} + w}{n_{\text{models}} + 1}
