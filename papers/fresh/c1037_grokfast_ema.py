from h import *
rng=np.random.default_rng(1037); d=5; mu,g=rng.normal(size=d),rng.normal(size=d); a,l=0.98,2.0
m1=a*mu+(1-a)*g
run('c1037_grokfast_ema', {r'\mu':mu,'g(t)':g,r'\alpha':a,r'\lambda':l}, g+l*m1, fn=r'\hat{g}(t)')
