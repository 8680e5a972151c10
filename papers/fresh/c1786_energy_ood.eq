% Liu et al. (NeurIPS 2020), "Energy-based Out-of-distribution Detection", Eq. 5, pasted from the printing;
% f(x) the K logits (prose), declared as such
f(\mathbf{x}) \in \mathbb{R}^{K}

E(\mathbf{x}; f) = -T \cdot \log \sum_{i}^{K} e^{f_i(\mathbf{x})/T}
