from h import *
m=np.array([0.1,0.19,0.271,0.3439]); b=0.9
run('c61_bias_correction', {'m':m,'\\beta_1':b}, (T(m)/(1-b**torch.arange(1,5))).numpy())
