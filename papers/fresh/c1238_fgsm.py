from h import *
rng=np.random.default_rng(1238); d=6; g=rng.normal(size=d); e=0.03
run('c1238_fgsm', {r'\nabla_{\boldsymbol{x}} J(\boldsymbol{\theta}, \boldsymbol{x}, y)':g, r'\epsilon':e}, e*np.sign(g), fn=r'\boldsymbol{\eta}')
