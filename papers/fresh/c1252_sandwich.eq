% Sandwich, Chi et al. (2023), "Dissecting Transformer Length Extrapolation via the Lens of Receptive Field
% Analysis", Sec. 4: the logit of query m and key n adds the inner product of the sinusoidal embeddings of size
% \bar{d}, written out, to q_m^T k_n; L positions (prose)
q, k \in \mathbb{R}^{L \times d}, \bar{d} \in \mathbb{N}

a_{m,n} = \mathbf{q}_m^\top \mathbf{k}_n + \sum_{i=1}^{\bar{d}/2} \cos\left(\frac{m - n}{10000^{2i/\bar{d}}}\right)
