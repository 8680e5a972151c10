from h import *
rng=np.random.default_rng(1813); M=5; th=rng.normal(size=M); y=2
run('c1813_blondel_logistic_loss', {r'\bm{\theta}':th, 'y':y}, np.array(np.log(np.exp(th).sum())-th[y-1]), fn=r'\ell')
