% Factorization Machines (Rendle 2010), Lemma 3.1: the pairwise term in O(kn)
v \in \mathbb{R}^{n \times k}, x \in \mathbb{R}^{n}

P = \frac{1}{2} \sum_{f=1}^{k} \left( \left( \sum_{i=1}^{n} v_{i,f} x_i \right)^2 - \sum_{i=1}^{n} v_{i,f}^2 x_i^2 \right)
