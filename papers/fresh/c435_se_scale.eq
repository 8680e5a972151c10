% Squeeze-and-Excitation Networks, Hu et al. (2018), Eqs. 2-4: U = [u_1, ..., u_C] of C maps H x W;
% delta the ReLU, sigma the sigmoid (prose); W_1 in R^{C/r x C}, W_2 in R^{C x C/r} (prose)
U \in \mathbb{R}^{C \times H \times W}, \mathbf{W}_1 \in \mathbb{R}^{k \times C}, \mathbf{W}_2 \in \mathbb{R}^{C \times k}
% delta is the ReLU (prose: "δ refers to the ReLU function"), written as a definition
\delta(x) = \max(0, x)

z_c = \mathbf{F}_{sq}(\mathbf{u}_c) = \frac{1}{H \times W} \sum_{i=1}^{H} \sum_{j=1}^{W} u_c(i, j)
\mathbf{s} = \mathbf{F}_{ex}(\mathbf{z}, \mathbf{W}) = \sigma(\mathbf{W}_2 \delta(\mathbf{W}_1 \mathbf{z}))
\tilde{\mathbf{x}}_c = \mathbf{F}_{scale}(\mathbf{u}_c, s_c) = s_c \mathbf{u}_c
