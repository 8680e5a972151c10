% KERPLE (logarithmic variant), Chi et al. (2022), Eq. in Sec. 4: the bias added to the logits of query m, key n
r_1, r_2 \in \mathbb{R}, L \in \mathbb{N}

b_{mn} = -r_1 \log(1 + r_2 |m - n|) \quad m, n = 1, \dots, L
