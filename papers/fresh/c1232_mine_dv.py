from h import *
rng=np.random.default_rng(1232); b=7; tj,tm=rng.normal(size=b),rng.normal(size=b)
run('c1232_mine_dv', {r'T_\theta(x^{(i)}, z^{(i)})':tj, r'T_\theta(x^{(i)}, \bar{z}^{(i)})':tm}, np.array(tj.mean()-np.log(np.exp(tm).mean())), fn=r'\mathcal{V}')
