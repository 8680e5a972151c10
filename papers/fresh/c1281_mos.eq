% Yang et al. 2018, "Breaking the Softmax Bottleneck", Eq. 3: a mixture of K softmaxes for each context c (prior \pi_{c,k}, context vectors h_{c,k}, word embeddings w_x)
\pi \in \mathbb{R}^{N \times K}, \mathbf{h} \in \mathbb{R}^{N \times K \times d}, \mathbf{w} \in \mathbb{R}^{M \times d}

P_\theta(x \mid c) = \sum_{k=1}^{K} \pi_{c,k} \frac{\exp \mathbf{h}_{c,k}^\top \mathbf{w}_x}{\sum_{x'} \exp \mathbf{h}_{c,k}^\top \mathbf{w}_{x'}}
