% Wasserstein GAN, Arjovsky, Chintala & Bottou (2017), Algorithm 1: weight clipping of the critic
w \in \mathbb{R}^{n}, c \in \mathbb{R}

w \leftarrow \mathrm{clip}(w, -c, c)
