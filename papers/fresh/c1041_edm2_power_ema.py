from h import *
rng=np.random.default_rng(1041); d=5; th0,th=rng.normal(size=d),rng.normal(size=d); gam,t=6.94,20.0
b=(1-1/t)**(gam+1)
run('c1041_edm2_power_ema', {r'\hat{\theta}_\gamma(t-1)':th0,r'\theta(t)':th,r'\gamma':gam,'t':t}, b*th0+(1-b)*th, fn=r'\hat{\theta}_\gamma(t)')
