from h import *
rng=np.random.default_rng(310); y,yh=rng.normal(size=8),rng.normal(size=8); e=1e-3
run('c310_charbonnier', {'y':y,r'\hat{y}':yh,r'\varepsilon':e}, np.array(torch.sqrt((T(y)-T(yh))**2+e**2).mean()), fn=r'\mathcal{L}')
