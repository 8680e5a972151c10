% From softmax to sparsemax, Martins & Astudillo (2016), Eq. 2 with the threshold of Prop. 1:
% z_{(1)} >= ... >= z_{(K)} are the sorted coordinates (prose)
\mathbf{z} \in \mathbb{R}^{K}

k(\mathbf{z}) = \max\left\{k \in [K] \mid 1 + k z_{(k)} > \sum_{j \le k} z_{(j)}\right\}
\tau(\mathbf{z}) = \frac{\left(\sum_{j \le k(\mathbf{z})} z_{(j)}\right) - 1}{k(\mathbf{z})}
\mathrm{sparsemax}_i(\mathbf{z}) = [z_i - \tau(\mathbf{z})]_+
