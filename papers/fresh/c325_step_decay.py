from h import *
for t in (0, 7, 25):
    run('c325_step_decay', {r'\eta_0':0.1,r'\gamma':0.5,'t':t,'s':10}, np.array(0.1*0.5**(t//10)), fn=r'\eta_t')
