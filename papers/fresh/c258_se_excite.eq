% Squeeze-and-excitation networks, Hu et al. (2018), Eq. 3: delta the ReLU, sigma the sigmoid,
% W_1 in R^{C/r x C}, W_2 in R^{C x C/r} (prose)
\mathbf{z} \in \mathbb{R}^{C}, \mathbf{W}_1 \in \mathbb{R}^{\frac{C}{r} \times C}, \mathbf{W}_2 \in \mathbb{R}^{C \times \frac{C}{r}}
% delta is the ReLU (prose: "δ refers to the ReLU function"), written as a definition
\delta(x) = \max(0, x)

\mathbf{s} = \mathbf{F}_{ex}(\mathbf{z}, \mathbf{W}) = \sigma(g(\mathbf{z}, \mathbf{W})) = \sigma(\mathbf{W}_2 \delta(\mathbf{W}_1 \mathbf{z}))
