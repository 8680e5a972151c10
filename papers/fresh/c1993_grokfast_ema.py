from h import *
rng=np.random.default_rng(1993); d=4; mu,g=(rng.normal(size=d) for _ in range(2)); a,l=0.98,2.0
run('c1993_grokfast_ema', {r'\mu_{t-1}':mu,'g_t':g,r'\alpha':a,r'\lambda':l}, g+l*(a*mu+(1-a)*g), fn=r'\hat{g}_t')
