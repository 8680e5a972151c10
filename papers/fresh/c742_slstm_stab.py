from h import *
rng=np.random.default_rng(742); d=5
it_=rng.normal(size=d)*3; i=np.exp(it_); f=rng.uniform(0.05,3,size=d); mp=rng.normal(size=d)
m=np.maximum(np.log(f)+mp,np.log(i))
ins={'i_t':i,'f_t':f,'m_{t-1}':mp}  # \tilde{i}_t: the chain's second form is not read (W0102 rule), so not an input
run('c742_slstm_stab', ins, {'m_t':m,'i_t_prime':np.exp(np.log(i)-m),'f_t_prime':np.exp(np.log(f)+mp-m)}, fn=['m_t',"i'_t","f'_t"])
