% Soft Jaccard (IoU) loss, Rahman & Wang (2016), Eq. 3: predictions p and ground truth g over the pixels (prose)
p, g \in \mathbb{R}^{N}

L_{IoU} = 1 - \frac{\sum_i p_i g_i}{\sum_i (p_i + g_i - p_i g_i)}
